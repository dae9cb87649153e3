namespace TalentWatch.Cli.Hosting;

/// <summary>SPEC "Command line": 0 success, 1 bad input (message on stderr names file, line, problem), 2 usage error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
