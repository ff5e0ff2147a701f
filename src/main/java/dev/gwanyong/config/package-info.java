/**
 * Configuration records and the one loader that reads {@code config/gwanyong.yml}, the environment
 * and flags. Secrets come only from the environment ({@link dev.gwanyong.config.Secrets}) and are
 * masked when printed.
 */
package dev.gwanyong.config;
