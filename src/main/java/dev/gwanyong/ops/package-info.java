/**
 * What an operator watches while {@code serve} runs: the Prometheus metrics (questions by outcome,
 * answer latency, votes, moderation, the index), the readiness checks, and the management HTTP
 * server that answers {@code /healthz}, {@code /readyz} and {@code /metrics}. Only this package
 * imports the Prometheus client.
 */
package dev.gwanyong.ops;
