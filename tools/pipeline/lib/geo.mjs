// Small geometry helpers: great-circle distance and point-in-polygon on lon/lat rings.
export function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function pointInRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// polygons: array of [outer, hole, hole...] rings
export function pointInPolygons(x, y, polygons) {
  for (const poly of polygons) {
    if (pointInRing(x, y, poly[0]) && !poly.slice(1).some(h => pointInRing(x, y, h))) return true;
  }
  return false;
}

// Index of GeoJSON (Multi)Polygon features with bounding boxes; lookup(lon, lat) -> feature properties.
export class PolygonIndex {
  constructor(features) {
    this.items = features.map(f => {
      const g = f.geometry;
      const polys = g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates];
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const p of polys) for (const [x, y] of p[0]) {
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      }
      return { props: f.properties, polys, bb: [x0, y0, x1, y1] };
    });
  }
  lookup(lon, lat) {
    for (const it of this.items) {
      const b = it.bb;
      if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
      if (pointInPolygons(lon, lat, it.polys)) return it.props;
    }
    return null;
  }
  // nearest feature by bounding-box distance when the point falls just outside (coastline towns)
  nearest(lon, lat, maxDeg = 0.05) {
    const n = this.nearestVertex(lon, lat);
    return n && n.deg <= maxDeg ? n.props : null;
  }
  // the feature with the nearest boundary vertex, that vertex's distance in degrees and km
  nearestVertex(lon, lat) {
    let best = null, bestD = Infinity, bx = 0, by = 0;
    for (const it of this.items) {
      for (const p of it.polys) for (const [x, y] of p[0]) {
        const d = (x - lon) ** 2 + (y - lat) ** 2;
        if (d < bestD) { bestD = d; best = it.props; bx = x; by = y; }
      }
    }
    return best ? { props: best, deg: Math.sqrt(bestD), km: haversineKm(lat, lon, by, bx) } : null;
  }
}
