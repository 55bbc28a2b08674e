// A page object for the app, so tests read as what a campaign manager does.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('app-ready')).toBeVisible();
    await expect(this.page.getByTestId('journey-item').first()).toBeVisible();
  }

  journey(name: string): Locator {
    return this.page.locator(`[data-testid="journey-item"][data-journey-name="${name}"]`);
  }

  get title(): Locator {
    return this.page.getByTestId('journey-title');
  }

  async createJourney(name: string): Promise<void> {
    await this.page.getByTestId('new-journey').click();
    const input = this.page.getByTestId('rename-input');
    await input.fill(name);
    await input.press('Enter');
    await expect(this.title).toHaveText(name);
    await expect(this.journey(name)).toBeVisible();
  }

  nodes(type?: string): Locator {
    return this.page.locator(type ? `.react-flow__node [data-node-type="${type}"]` : '.react-flow__node [data-node-type]');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** React Flow labels each edge "Edge from A to B" for assistive technology. */
  edgeBetween(sourceId: string, targetId: string): Locator {
    return this.page.locator(`.react-flow__edge[aria-label="Edge from ${sourceId} to ${targetId}"]`);
  }

  async addStep(type: string): Promise<string> {
    const before = await this.nodes(type).count();
    await this.page.getByTestId(`palette-${type}`).click();
    await expect(this.nodes(type)).toHaveCount(before + 1);
    const testId = await this.nodes(type).nth(before).getAttribute('data-testid');
    return testId!.replace(/^node-/, '');
  }

  /** Drags from a node's named output to another node's input, as a user does. */
  async connect(sourceId: string, output: string, targetId: string): Promise<void> {
    const from = await this.page.getByTestId(`handle-${sourceId}-${output}`).boundingBox();
    const to = await this.page.getByTestId(`handle-${targetId}-in`).boundingBox();
    if (!from || !to) throw new Error('handle not visible');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * Zooms out (the canvas's − button, as a user would) until `target` lies well inside the
   * visible canvas: "fit" stops at a readable size, so a large journey is not all in view.
   */
  async zoomOutUntilVisible(target: Locator): Promise<void> {
    const canvas = (await this.page.getByTestId('canvas').boundingBox())!;
    for (let i = 0; i < 12; i++) {
      const box = await target.boundingBox();
      if (box && box.x > canvas.x + 40 && box.x + box.width < canvas.x + canvas.width - 40 && box.y > canvas.y + 60 && box.y + box.height < canvas.y + canvas.height - 60) return;
      await this.page.locator('.react-flow__controls-zoomout').click();
      await this.page.waitForTimeout(250); // the zoom animation settles
    }
    throw new Error('still not in view after zooming out');
  }

  /** Where a step is in the journey's own coordinates (what is saved), not on screen. */
  async flowPosition(nodeId: string): Promise<{ x: number; y: number }> {
    const style = (await this.page.locator(`.react-flow__node[data-id="${nodeId}"]`).getAttribute('style')) ?? '';
    const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(style);
    if (!match) throw new Error(`no position for ${nodeId}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  /** The canvas's zoom (1 = 100 %). */
  async zoom(): Promise<number> {
    const style = (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(style)?.[1]);
  }

  /** The target of the connection leaving a step's output, if any. */
  async targetOf(nodeId: string, output: string): Promise<string | null> {
    const label = await this.page.locator(`.react-flow__edge[data-output="${output}"][aria-label^="Edge from ${nodeId} to "]`).getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
    return label ? label.slice(`Edge from ${nodeId} to `.length) : null;
  }

  /** Opens the simulation panel and runs the open journey: the sample prospects, or `count` generated ones. */
  async simulate(options: { sampleProspects?: boolean; count?: number; seed?: number } = {}): Promise<void> {
    await this.page.getByTestId('simulate-button').click();
    if (options.sampleProspects) await this.page.getByTestId('simulation-source').selectOption('sample_prospects');
    if (options.count !== undefined) await this.page.getByTestId('simulation-count').fill(String(options.count));
    if (options.seed !== undefined) await this.page.getByTestId('simulation-seed').fill(String(options.seed));
    await this.page.getByTestId('simulation-run').click();
    await expect(this.page.getByTestId('simulation-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }
}
