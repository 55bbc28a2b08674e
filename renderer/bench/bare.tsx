// The benchmark's baseline: bare React Flow, default nodes, the same graph as the editor.
// Reads the graph the benchmark wrote next to this page.
import '@xyflow/react/dist/style.css';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';

interface BenchGraph {
  nodes: { id: string; position: { x: number; y: number }; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

void fetch('./graph.json')
  .then((r) => r.json() as Promise<BenchGraph>)
  .then((graph) => {
    const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } }));
    const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
    createRoot(document.getElementById('root')!).render(<ReactFlow defaultNodes={nodes} defaultEdges={edges} minZoom={0.1} defaultViewport={{ x: 40, y: 300, zoom: 0.7 }} />);
  });
