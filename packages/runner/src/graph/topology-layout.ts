/** Where each node and edge of a topology is drawn: the output of the layout engine. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

export interface EdgeRoute {
  /** The polyline from source to target. */
  readonly points: readonly Point[];
  readonly label?: Box;
}

/** Absolute positions for every node and edge the layout saw, and the drawing's size. */
export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyMap<string, Box>;
  readonly edges: ReadonlyMap<string, EdgeRoute>;
}
