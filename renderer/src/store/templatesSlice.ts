// The template library and the template being edited: content, problems and a live preview
// that recompiles shortly after typing pauses; saves make revisions.
import type { TemplateDetails } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { copyName } from '../../../shared/journey/names';
import { mergeValuesOf } from '../../../shared/templates/mergeTags';
import type { SliceCreator } from './state';
import type { MjmlImportLine, TemplateContent, TemplatesSlice } from './state/templates';

export const PREVIEW_DELAY_MS = 60;

export const createTemplatesSlice: SliceCreator<TemplatesSlice> = (set, get, backend) => {
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let previewTicket = 0;
  // The template the user asked for last; a slower, earlier open must not replace it.
  let wantedTemplate: string | null = null;

  const contentOf = (t: TemplateDetails): TemplateContent => ({
    name: t.name,
    subject: t.subject,
    preheader: t.preheader,
    topics: t.topics,
    language: t.language,
    mjml: t.mjml,
  });

  const runPreview = async () => {
    const draft = get().templateDraft;
    if (!draft) return;
    const ticket = ++previewTicket;
    const prospect = get().sampleProspects.find((p) => p.id === get().previewProspectId);
    try {
      const result = await backend.call('templates:preview', { subject: draft.subject, mjml: draft.mjml, values: prospect ? mergeValuesOf(prospect) : {} });
      if (ticket !== previewTicket) return; // a newer keystroke is already on its way
      set({ previewHtml: result.html, templateProblems: result.problems, previewMs: result.milliseconds });
    } catch (error) {
      get().report('templates', error);
    }
  };
  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void runPreview(), PREVIEW_DELAY_MS);
  };
  const guarded = async (action: () => Promise<void>) => {
    try {
      await action();
      get().clearNotice('templates');
    } catch (error) {
      get().report('templates', error);
    }
  };
  const loadSampleProspects = async () => {
    if (get().sampleProspects.length > 0) return;
    const sets = await backend.call('prospectSets:list', {});
    const first = sets[0];
    if (!first) return;
    const prospects = await backend.call('prospectSets:prospects', { id: first.id, limit: 50 });
    set({ sampleProspects: prospects, previewProspectId: prospects[0]?.id ?? null });
  };

  return {
    templatesById: new Map(),
    templateConflict: null,
    template: null,
    templateDraft: null,
    templateDirty: false,
    templateProblems: [],
    previewHtml: null,
    previewMs: null,
    revisions: [],
    sampleProspects: [],
    previewProspectId: null,

    async showTemplates() {
      await guarded(async () => {
        await get().refreshTemplates();
        await loadSampleProspects();
        if (!get().template && wantedTemplate === null) {
          const first = [...get().templatesById.values()].find((t) => t.kind === 'email');
          if (first) await get().openTemplate(first.id);
        }
      });
    },

    async refreshTemplates() {
      const templates = await backend.call('templates:list', {});
      set({ templatesById: new Map(templates.map((t) => [t.id, t])) });
    },

    async openTemplate(id) {
      wantedTemplate = id;
      await guarded(async () => {
        const [{ template, problems }, revisions] = await Promise.all([
          backend.call('templates:get', { id }),
          backend.call('templates:revisions', { id }),
        ]);
        if (wantedTemplate !== id) return;
        set({ template, templateDraft: contentOf(template), templateDirty: false, templateProblems: problems, revisions, previewHtml: null, templateConflict: null });
        await runPreview();
      });
    },

    editTemplate(change) {
      const draft = get().templateDraft;
      if (!draft) return;
      set({ templateDraft: { ...draft, ...change }, templateDirty: true });
      schedulePreview();
    },

    async saveTemplate() {
      const { template, templateDraft } = get();
      if (!template || !templateDraft) return;
      await guarded(async () => {
        try {
          const saved = await backend.call('templates:save', { id: template.id, content: templateDraft, baseRevision: template.revision });
          const revisions = await backend.call('templates:revisions', { id: template.id });
          set({ template: saved.template, templateDirty: false, templateProblems: saved.problems, revisions, templateConflict: null });
          await get().refreshTemplates();
        } catch (error) {
          // Saved elsewhere meanwhile: the draft stays, nothing stored is overwritten; the user chooses.
          if (error instanceof ApiError && error.conflict?.kind === 'template' && error.conflict.id === template.id) {
            set({ templateConflict: { storedRevision: error.conflict.storedRevision } });
            return;
          }
          throw error;
        }
      });
    },

    async reloadStoredTemplate() {
      const id = get().template?.id;
      set({ templateConflict: null });
      if (id) await get().openTemplate(id);
    },

    async keepTemplateAsCopy(copyWord) {
      const { template, templateDraft } = get();
      if (!template || !templateDraft) return;
      await guarded(async () => {
        const created = await backend.call('templates:create', { name: copyName(templateDraft.name, copyWord), language: templateDraft.language });
        await backend.call('templates:save', { id: created.id, content: { ...templateDraft, name: created.name }, baseRevision: created.revision });
        set({ templateConflict: null });
        await get().refreshTemplates();
        await get().openTemplate(created.id);
      });
    },

    async restoreRevision(revision) {
      const { template } = get();
      if (!template) return;
      await guarded(async () => {
        const restored = await backend.call('templates:restore', { id: template.id, revision });
        const revisions = await backend.call('templates:revisions', { id: template.id });
        set({ template: restored.template, templateDraft: contentOf(restored.template), templateDirty: false, templateProblems: restored.problems, revisions });
        await runPreview();
        await get().refreshTemplates();
      });
    },

    async createTemplate(name, language) {
      await guarded(async () => {
        const created = await backend.call('templates:create', { name, language });
        await get().refreshTemplates();
        await get().openTemplate(created.id);
      });
    },

    async duplicateTemplate(id) {
      await guarded(async () => {
        const copy = await backend.call('templates:duplicate', { id });
        await get().refreshTemplates();
        await get().openTemplate(copy.id);
      });
    },

    async deleteTemplate(id) {
      await guarded(async () => {
        await backend.call('templates:delete', { id });
        if (get().template?.id === id) set({ template: null, templateDraft: null, previewHtml: null, revisions: [] });
        await get().refreshTemplates();
      });
    },

    async importMjmlFiles(files) {
      let reports: MjmlImportLine[] = [];
      await guarded(async () => {
        const results = await backend.call('templates:importMjml', { files });
        await get().refreshTemplates();
        reports = results.map((r) => ({ file: r.file, draft: r.template.draft, errors: r.problems.filter((p) => p.severity === 'error').length }));
        const last = results.at(-1);
        if (last) await get().openTemplate(last.template.id);
      });
      return reports;
    },

    async exportTemplate(id) {
      let file: { fileName: string; content: string } | null = null;
      await guarded(async () => {
        file = (await backend.call('templates:exportMjml', { ids: [id] }))[0] ?? null;
      });
      return file;
    },

    choosePreviewProspect(id) {
      set({ previewProspectId: id });
      void runPreview();
    },
  };
};

