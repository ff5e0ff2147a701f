/**
 * Measuring the bot: scoring question files (the development set's format) and the benchmarks that
 * print latency, build and memory figures.
 */
package dev.gwanyong.eval;
