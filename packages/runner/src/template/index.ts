export type { TemplateError, Template, ParseOptions, ExecuteOptions } from './template.js';
export { parseTemplate, executeTemplate, renderTemplate } from './template.js';
export type { MissingKey } from './executor.js';
export type {
  TemplateValue,
  TemplateObject,
  GoMethod,
  MethodParam,
  GoTypeTag,
} from './template-value.js';
export { goStruct, goMap, goTypeTag } from './template-value.js';
export type { FuncMap, GoFunction, ParamType } from './go-function.js';
export { BUILTIN_FUNCTIONS } from './builtin-functions.js';
export { DOCKER_FUNCTIONS, DOCKER_HEADER_FUNCTIONS } from './docker-functions.js';
export type { GoJsonOptions } from './go-json.js';
export { goJsonEncode } from './go-json.js';
export type { TableFormat, HeaderLabels, DockerFormatRequest } from './docker-format.js';
export {
  splitTableFormat,
  renderTableHeader,
  renderDockerFormat,
  dockerTemplateErrorMessage,
  templateErrorText,
} from './docker-format.js';
