/**
 * One generated command line as a fast-check model-based command: run it through the real
 * CLI layer (every invariant checked), then through the model (its predictions held
 * against Docker's answer, the engine's state required to agree).
 */
import type fc from 'fast-check';
import type { CheckSystem } from '../check-system.js';
import { plausible } from '../model/apply-outcome.js';
import type { CheckModel } from '../model/check-model.js';
import type { LineSpec } from './line-spec.js';
import { describeLine, renderLine } from './render-line.js';

export class DockerLineCommand implements fc.Command<CheckModel, CheckSystem> {
  /** `sensible`: run only when the model says the line makes sense; otherwise run regardless (Docker's refusals are behaviour too). */
  constructor(
    readonly spec: LineSpec,
    readonly sensible: boolean,
  ) {}

  check(model: Readonly<CheckModel>): boolean {
    return !this.sensible || plausible(model as CheckModel, this.spec);
  }

  run(model: CheckModel, system: CheckSystem): void {
    const line = renderLine(this.spec, system.session.state);
    const result = system.run(this.spec.host, line);
    system.followModel(model, this.spec.host, line, result);
  }

  toString(): string {
    return describeLine(this.spec);
  }
}
