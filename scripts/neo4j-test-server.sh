#!/usr/bin/env bash
# A throw-away Neo4j 5.26 Community server for the test suite (tests/neo4j-server: Neo4j's own
# test harness, in-process, Bolt only on a free loopback port, auth off, store deleted on stop).
#
#   scripts/neo4j-test-server.sh                 serve until Ctrl-C, printing the variables to export
#   scripts/neo4j-test-server.sh COMMAND [ARG…]  run COMMAND with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
#                                                NEO4J_DATABASE set, then stop the server; exits with COMMAND's status
#
# The first run resolves the harness with Maven (kept in ~/.m2) and compiles the class; it writes the
# runtime classpath to target/classpath.txt, so later runs start with plain `java -cp` and no Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=$root/tests/neo4j-server
classes=$project/target/classes
classpath_file=$project/target/classpath.txt
source_file=$project/src/main/java/zangraph/TestServer.java

for tool in java mvn node; do
  command -v "$tool" >/dev/null || { echo "neo4j-test-server: $tool is not installed" >&2; exit 127; }
done

if [[ ! -s $classpath_file || ! -f $classes/zangraph/TestServer.class
      || $project/pom.xml -nt $classpath_file || $source_file -nt $classes/zangraph/TestServer.class ]]; then
  echo "neo4j-test-server: building $project (first run: Maven downloads Neo4j into ~/.m2)" >&2
  mvn -B -q -f "$project/pom.xml" compile >&2
fi

log=$(mktemp -t neo4j-test-server.XXXXXX)
# The store lives in the JVM's temporary directory; a small heap is plenty for the seed corpus.
java -Xms256m -Xmx1g -cp "$classes:$(cat "$classpath_file")" zangraph.TestServer >"$log" 2>&1 &
server=$!

stop() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    # The shutdown hook closes the database and deletes its store; give it time on a loaded machine.
    for _ in $(seq 120); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server" 2>/dev/null && kill -KILL "$server"
  fi
  rm -f "$log"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

uri=
for _ in $(seq 240); do
  uri=$(grep -m1 -o '^bolt://[0-9.]*:[0-9]*' "$log" || true)
  [[ -n $uri ]] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "neo4j-test-server: the server exited before it was ready; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
[[ -n $uri ]] || { echo "neo4j-test-server: no Bolt URI after 120 s; output so far:" >&2; cat "$log" >&2; exit 1; }

# The tests drop the shell's server variables unless ZANGRAPH_TEST_REAL_SERVERS=1 (tests/isolate-environment.ts).
export NEO4J_URI=$uri NEO4J_USER=neo4j NEO4J_PASSWORD=auth-is-off NEO4J_DATABASE=neo4j ZANGRAPH_TEST_REAL_SERVERS=1
# Ready means a Bolt session answers a query on the database, not only that the port is open.
(cd "$root" && node --input-type=module -e "
  import neo4j from 'neo4j-driver';
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  try { await driver.executeQuery('RETURN 1', {}, { database: process.env.NEO4J_DATABASE }); } finally { await driver.close(); }
") >&2
echo "neo4j-test-server: Neo4j answers at $uri (database neo4j, auth off)" >&2

if [[ $# -eq 0 ]]; then
  echo "export NEO4J_URI=$NEO4J_URI NEO4J_USER=$NEO4J_USER NEO4J_PASSWORD=$NEO4J_PASSWORD NEO4J_DATABASE=$NEO4J_DATABASE ZANGRAPH_TEST_REAL_SERVERS=1"
  echo "neo4j-test-server: serving until Ctrl-C" >&2
  wait "$server"
else
  status=0
  "$@" || status=$?
  exit "$status"
fi
