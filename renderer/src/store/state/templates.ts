// The template library and the template being edited.
import type { TemplateDetails, TemplateRevision, TemplateSummary } from '../../../../shared/api/contract';
import type { Prospect } from '../../../../shared/simulation/model';
import type { TemplateProblem } from '../../../../shared/templates/checks';

export type TemplateContent = Pick<TemplateDetails, 'name' | 'subject' | 'preheader' | 'topics' | 'language' | 'mjml'>;

export interface TemplatesSlice {
  /** The template library, by id, for email steps and validation. */
  templatesById: ReadonlyMap<string, TemplateSummary>;
  template: TemplateDetails | null;
  templateDraft: TemplateContent | null;
  templateDirty: boolean;
  templateProblems: TemplateProblem[];
  previewHtml: string | null;
  previewMs: number | null;
  revisions: TemplateRevision[];
  sampleProspects: Prospect[];
  previewProspectId: string | null;
  /** Set when a save was refused because the template was saved elsewhere meanwhile; the draft stays. */
  templateConflict: { storedRevision: number } | null;
  /** After a conflict: drops the draft and opens what is stored. */
  reloadStoredTemplate(): Promise<void>;
  /** After a conflict: keeps the draft as a new template ("… (copy)") and opens it; the stored one stays. */
  keepTemplateAsCopy(copyWord?: string): Promise<void>;
  /** The templates view was opened: the library is refreshed and a template opened if none is. */
  showTemplates(): Promise<void>;
  refreshTemplates(): Promise<void>;
  openTemplate(id: string): Promise<void>;
  editTemplate(change: Partial<TemplateContent>): void;
  saveTemplate(): Promise<void>;
  restoreRevision(revision: number): Promise<void>;
  createTemplate(name: string, language: 'en' | 'de'): Promise<void>;
  duplicateTemplate(id: string): Promise<void>;
  deleteTemplate(id: string): Promise<void>;
  importMjmlFiles(files: { name: string; content: string }[]): Promise<MjmlImportLine[]>;
  exportTemplate(id: string): Promise<{ fileName: string; content: string } | null>;
  choosePreviewProspect(id: string): void;
}

/** How one imported .mjml file fared: imported, or kept as a draft because it has errors. */
export interface MjmlImportLine {
  file: string;
  draft: boolean;
  errors: number;
}
