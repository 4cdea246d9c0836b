/** Every `docknet` subcommand, in the order `docknet --help` lists them. */
import type { DocknetCommand } from '../docknet-command.js';
import { logCommand } from './log.js';
import { replayCommand } from './replay.js';
import { stateCommand } from './state.js';

export const DOCKNET_COMMANDS: readonly DocknetCommand[] = [replayCommand, stateCommand, logCommand];
