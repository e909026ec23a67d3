// Draws the citation neighbourhood written into the page (#graph-data) with Cytoscape. The list
// under the drawing holds the same nodes as links, for keyboards and screen readers.
const container = document.getElementById('graph');
const source = document.getElementById('graph-data');
if (container && source && typeof cytoscape === 'function') {
  const data = JSON.parse(source.textContent);
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.label, href: n.href }, classes: n.id === data.current ? 'current' : '' })),
      ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to } })),
    ],
    // The provision in the middle, its neighbours around it, spaced for their labels.
    layout: {
      name: 'concentric',
      concentric: (node) => (node.hasClass('current') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 110,
      avoidOverlap: true,
      animate: false,
    },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          color: '#1b1f24',
          'background-color': '#0b57a4',
          width: 14,
          height: 14,
          'text-wrap': 'ellipsis',
          'text-max-width': 200,
        },
      },
      { selector: 'node.current', style: { 'background-color': '#f0a000', width: 22, height: 22, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#8794a1',
          'target-arrow-color': '#8794a1',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
        },
      },
    ],
    minZoom: 0.3,
    maxZoom: 3,
    wheelSensitivity: 0.3,
  });
  // A small neighbourhood would be fitted at a huge zoom: keep its labels at reading size.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href');
    if (href && event.target.id() !== data.current) window.location.assign(href);
  });
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
}
