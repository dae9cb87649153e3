namespace TalentWatch.Data;

/// <summary>A configuration value that cannot be used (its message names the key and what is expected): bad input from
/// whoever set it, reported as one line by the CLI and at the web app's start, not as a crash.</summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message);
