import type { AttachmentConfig, ContainerRecord, Endpoint, PublishedPort } from './records.js';
import type { ContainerStatus } from '../lifecycle/status.js';
export type { ContainerStatus };
/** A container's membership of one network: what was asked, and the live endpoint if running. */
export interface Attachment extends AttachmentConfig {
    /** Cleared to `undefined` (not deleted) on leave, so attachments keep one object shape. */
    endpoint?: Endpoint | undefined;
    /** `DNSNames` as Docker computes them (kept across stop, §8). */
    readonly dnsNames: readonly string[];
}
export interface ContainerState extends Omit<ContainerRecord, 'attachments'> {
    status: ContainerStatus;
    pid: number;
    exitCode: number;
    startedAt: string;
    finishedAt: string;
    restartCount: number;
    /** Cleared to `undefined` (not deleted) on stop, so containers keep one object shape. */
    sandbox?: {
        readonly id: string;
        readonly key: string;
    } | undefined;
    /** Networks by network id, in attach order. */
    readonly attachments: Map<string, Attachment>;
    /** ≤v27 sandboxes number interfaces with an only-increasing counter (§8). */
    ifaceCounter: number;
    /** Host ports bound while running. */
    published: readonly PublishedPort[];
}
//# sourceMappingURL=container.d.ts.map