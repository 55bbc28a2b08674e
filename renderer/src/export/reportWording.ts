// A report line's notes in the user's language: the catalogue's wording of the code with the
// note's parameters; the English sentence from shared/ when the catalogue has none.
import type { TFunction } from 'i18next';
import type { ReportNote, TodoLine } from '../../../shared/export/report';

export const noteWording = (note: ReportNote, t: TFunction): string => t(`platformExport.notes.${note.code}`, { ...note.params, defaultValue: note.message });
export const todoWording = (todo: TodoLine, t: TFunction): string => t(`platformExport.todos.${todo.code}`, { ...todo.params, defaultValue: todo.message });
