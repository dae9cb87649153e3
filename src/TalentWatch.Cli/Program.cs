using TalentWatch.Cli;

return await TalentWatchCommandLine.InvokeAsync(args);
