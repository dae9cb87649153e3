using System.CommandLine;
using TalentWatch.Cli;

return await TalentWatchCommandLine.Build().Parse(args).InvokeAsync();
