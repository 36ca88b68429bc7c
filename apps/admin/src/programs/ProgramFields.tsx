import { ProgramArea, ProgramStatus } from '@bitgoeul/domain';
import type { SelectFieldProps } from 'react-admin';
import { CodeField } from '../format/fields';

// `source` stays with the caller: Datagrid and SimpleShowLayout read it off the element for labels and sorting.
type CodeFieldProps = Omit<SelectFieldProps, 'choices' | 'source'> & { source: string };

export const AreaField = (props: CodeFieldProps) => <CodeField list={ProgramArea} {...props} />;

export const StatusField = (props: CodeFieldProps) => <CodeField list={ProgramStatus} {...props} />;
