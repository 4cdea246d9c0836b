import * as t from 'io-ts';
export declare const NoteCodec: t.TypeC<{
    type: t.LiteralC<"Note">;
    data: t.TypeC<{
        writer: t.StringC;
        n: t.NumberC;
    }>;
}>;
export declare const PingCodec: t.TypeC<{
    type: t.LiteralC<"Ping">;
    data: t.IntersectionC<[t.TypeC<{
        target: t.StringC;
    }>, t.PartialC<{
        count: t.NumberC;
    }>]>;
}>;
export declare const TestEventCodec: t.UnionC<[t.TypeC<{
    type: t.LiteralC<"Note">;
    data: t.TypeC<{
        writer: t.StringC;
        n: t.NumberC;
    }>;
}>, t.TypeC<{
    type: t.LiteralC<"Ping">;
    data: t.IntersectionC<[t.TypeC<{
        target: t.StringC;
    }>, t.PartialC<{
        count: t.NumberC;
    }>]>;
}>]>;
export type TestEvent = t.TypeOf<typeof TestEventCodec>;
//# sourceMappingURL=test-event-codec.d.ts.map