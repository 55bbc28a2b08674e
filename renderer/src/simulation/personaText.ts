// A persona's name and description in the UI's language: the app's catalogue knows the
// default personas; any other persona file speaks for itself.
import type { TFunction } from 'i18next';
import type { Persona } from '../../../shared/simulation/model';

export const personaName = (persona: Pick<Persona, 'id' | 'name'>, t: TFunction): string => t(`personas.${persona.id}.name`, { defaultValue: persona.name });

export const personaDescription = (persona: Pick<Persona, 'id' | 'description'>, t: TFunction): string =>
  t(`personas.${persona.id}.description`, { defaultValue: persona.description });
