// Starts GraphiQL with the options the server wrote into the page, its editor workers loaded from this server.
const boot = JSON.parse(document.getElementById('graphiql-options').textContent);
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => boot.workers[label] ?? boot.workers.editorWorkerService,
};
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), boot.graphiql);
