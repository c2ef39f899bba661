namespace Dashboard.Output;

/// <summary>
/// An output was not written because writing it could destroy something this tool did not make:
/// an input of the run, a folder of the user's, a file it did not write. The message says which
/// output, why, and what to do instead. Bad input, not a failure: the command line exits with 2.
/// </summary>
public sealed class OutputRefusedException(string message) : Exception(message);
