// cucumber-js 12.9 configuration of the classic stack the peer benchmark compares against: the
// project's own feature files (PEER_FEATURES, comma-separated; all by default), and step
// definitions of its own (bench/peer/*.ts) that drive the Playwright library directly.
export default {
  paths: process.env.PEER_FEATURES ? process.env.PEER_FEATURES.split(',') : ['features/*.feature'],
  import: ['bench/peer/*.ts'],
  parallel: Number(process.env.PEER_PARALLEL ?? 1),
  format: ['summary'],
};
