/**
 * A command line split the way a POSIX shell splits it: a pipeline of stages, each
 * stage being the argv words of one command.
 *
 * `docker inspect web | grep -i ipaddress` is
 * `{ stages: [['docker', 'inspect', 'web'], ['grep', '-i', 'ipaddress']] }`.
 * A blank or comment-only line is the empty pipeline `{ stages: [] }`.
 */
export interface Pipeline {
  readonly stages: string[][];
}
