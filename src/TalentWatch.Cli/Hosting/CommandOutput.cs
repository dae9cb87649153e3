using System.CommandLine;
using System.Text;

namespace TalentWatch.Cli.Hosting;

/// <summary>Where a command writes: the invocation's standard output/error (captured in tests) or an <c>--out</c> file.</summary>
public static class CommandOutput
{
    public static TextWriter Out(ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    public static TextWriter Error(ParseResult parseResult) => parseResult.InvocationConfiguration.Error;

    /// <summary>Runs <paramref name="write"/> into the file, or into standard output as UTF-8 text when there is no file.</summary>
    public static async Task WriteAsync(ParseResult parseResult, string? outFile, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (outFile is not null)
        {
            var fullPath = Path.GetFullPath(outFile);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await using var file = File.Create(fullPath);
            await write(file, cancellationToken);
            return;
        }

        using var buffer = new MemoryStream();
        await write(buffer, cancellationToken);
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var output = Out(parseResult);
        await output.WriteAsync(text);
        if (!text.EndsWith('\n'))
        {
            await output.WriteLineAsync();
        }

        await output.FlushAsync(cancellationToken);
    }
}
