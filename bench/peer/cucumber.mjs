// cucumber-js 12.9 configuration of the classic stack the peer benchmark compares against:
// the project's own feature files, step definitions that drive the Playwright library directly.
export default {
  paths: ['features/unsubscribe.feature', 'features/pay-and-get-ticket.feature'],
  import: ['bench/peer/*.ts'],
  parallel: Number(process.env.PEER_PARALLEL ?? 1),
  format: ['summary'],
};
