import fs from 'node:fs';
import path from 'node:path';

export const SAMPLE_DIR = path.resolve('assets/journeys');
export const SAMPLE_FILES = fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.journey.json')).sort();
export const readSample = (file: string) => fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8');
