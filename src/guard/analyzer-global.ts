/** Where entrypoints/guard-analyzer.ts leaves `analyze` in the guard's isolated world. */
export const ANALYZER_GLOBAL = '__rekindleAnalyze';
