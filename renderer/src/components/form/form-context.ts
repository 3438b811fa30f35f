import { createContext, useContext } from 'react';
import type { IssueText } from './issues';

export interface FormFields {
  /** Prefix for control ids, unique per form on the page. */
  readonly idPrefix: string;
  readonly issueFor: (path: string) => IssueText | undefined;
  readonly touch: (path: string) => void;
}

export const FormFieldsContext = createContext<FormFields | null>(null);

export function useFormFields(): FormFields {
  const ctx = useContext(FormFieldsContext);
  if (!ctx) throw new Error('Form fields must be inside a <FormFieldsContext> provider');
  return ctx;
}

export const controlId = (prefix: string, path: string) => `${prefix}-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
