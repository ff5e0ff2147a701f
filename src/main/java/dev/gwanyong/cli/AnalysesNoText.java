package dev.gwanyong.cli;

/**
 * Marks a command that analyses no text: one that lists, shows or counts sources, edits or lists
 * the lexicon's files, reads the unanswered log, or only says which subcommand is missing. {@link
 * Main} starts reading Nori's dictionaries for every other command as soon as its arguments are
 * parsed; for these that would take a core from their own work for nothing (a quarter of a second
 * of an {@code index list}).
 */
interface AnalysesNoText {}
