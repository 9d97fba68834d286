// Unit tests of the name helpers: folding, mojibake detection, country normalisation, Welsh names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, isMojibake, countryCode, ukNation } from '../lib/names.mjs';
import { welshName } from '../lib/towns.mjs';
import { parseCsv } from '../lib/csv.mjs';

test('country-name variants give one ISO code', () => {
  for (const v of ['England', 'England, United Kingdom', 'Scotland', 'Wales, United Kingdom', 'Northern Ireland, United Kingdom', 'United Kingdom'])
    assert.equal(countryCode(v), 'GB', v);
  assert.equal(countryCode('Brandenburg, Germany'), 'DE');
  assert.equal(countryCode('Réunion, France'), 'RE');
  assert.equal(countryCode('Georgia (country)'), 'GE');
  assert.equal(countryCode(''), '');
  assert.equal(ukNation('Wales, United Kingdom'), 'wales');
});

test('mojibake is detected, clean Welsh is not', () => {
  assert.ok(isMojibake('Sir Ynys Mï¿½n'));
  assert.ok(isMojibake('Cityï¾\u00a0and County of Swansea'));
  assert.ok(isMojibake('MÃ¼nster'));
  assert.ok(!isMojibake('Sir Ynys Môn'));
  assert.ok(!isMojibake('Münster'));
});

test('Welsh names never pass on garbling', () => {
  const anglesey = 'Isle of Anglesey,Sir Ynys Mï¿½n,anglesey,isle of anglesey,isle of anglesey county council,ynys mn';
  assert.equal(welshName('Isle of Anglesey', anglesey), '');  // "ynys mn" lost its letter too
  assert.equal(welshName('Cardiff', 'Cardiff,Caerdydd,The City of Cardiff Council,caerdydd,cardiff'), 'Caerdydd');
  assert.equal(welshName('Swansea', 'Swansea,Abertawe,Cityï¾\u00a0and County of Swansea,abertawe'), 'Abertawe');
  assert.equal(welshName('Rhondda Cynon Taff', 'Rhondda Cynon Taff,rhondda cynon taf,rhondda cynon taf county borough council,rhondda, cynon, taff'), 'Rhondda Cynon Taf');
  assert.equal(welshName('Powys', 'Powys,powys,powys county council'), '');
});

test('fold unifies diacritics, case, ampersands and hyphens', () => {
  assert.equal(fold('Köln'), 'koln');
  assert.equal(fold('Brighton & Hove'), 'brighton and hove');
  assert.equal(fold('Newbiggin-by-the-Sea'), fold('Newbiggin by the Sea'));
  assert.equal(fold('Straße'), 'strasse');
});

test('CSV reader handles quotes, doubled quotes and newlines in fields', () => {
  const rows = parseCsv('\ufeffa,b\n"x, y","say ""hi"""\n"multi\nline",z\n');
  assert.deepEqual(rows, [['a', 'b'], ['x, y', 'say "hi"'], ['multi\nline', 'z']]);
});
