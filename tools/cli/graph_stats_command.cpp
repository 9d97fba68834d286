// `atlas graph-stats <edges.csv>`: whole-network figures of a CSV edge list (issue 6,
// item 5). Parsing and figures live in core (edge_list, graph_summary); this file only
// reads the file and prints. Stdout holds exactly the eight "name: value" lines;
// problems with the input and what the graph build dropped go to stderr.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_command.h"
#include "read_text_file.h"
#include "core/edge_list.h"
#include "core/graph.h"
#include "core/graph_summary.h"

namespace atlas::cli {

namespace {

void report_problems(const std::string& path, const EdgeList& list) {
  for (const EdgeListProblem& p : list.problems)
    std::fprintf(stderr, "%s:%zu: %s\n", path.c_str(), p.line, p.problem.c_str());
  if (list.problem_count > list.problems.size())
    std::fprintf(stderr, "%s: %zu more problems not shown\n", path.c_str(),
                 list.problem_count - list.problems.size());
}

std::size_t count_self_loops(const EdgeList& list) {
  std::size_t loops = 0;
  for (const Edge& e : list.edges) loops += e.a == e.b;
  return loops;
}

int run(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::fprintf(stderr, "usage: atlas graph-stats <edges.csv>\n");
    return 2;
  }
  std::string text;
  if (!read_text_file(args[0], text)) {
    std::fprintf(stderr, "graph-stats: cannot read %s\n", args[0].c_str());
    return 1;
  }
  const EdgeList list = parse_edge_list(text);
  report_problems(args[0], list);
  if (!list.has_header) return 1;

  const Graph graph = Graph::from_edges(list.nodes.size(), list.edges);
  const std::size_t loops = count_self_loops(list);
  const std::size_t merged = list.edges.size() - loops - graph.edge_count();
  std::fprintf(stderr,
               "graph-stats: %zu rows read, %zu self-loops dropped, %zu duplicates merged\n",
               list.edges.size(), loops, merged);
  std::fputs(format_graph_summary(summarize_graph(graph)).c_str(), stdout);
  return 0;
}

const CommandRegistration registration({
    "graph-stats",
    "<edges.csv>",
    "network figures of a CSV edge list with columns city1,country1,city2,country2",
    run,
});

}  // namespace

}  // namespace atlas::cli
