using System.CommandLine;
using System.Text;

namespace TalentWatch.Cli.Hosting;

/// <summary>Where a command writes: the invocation's standard output/error (captured in tests) or an <c>--out</c> file.</summary>
public static class CommandOutput
{
    public static TextWriter Out(ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    public static TextWriter Error(ParseResult parseResult) => parseResult.InvocationConfiguration.Error;

    /// <summary>Whether bytes can go to standard output: only when it is the process's own (not captured by a test or host).</summary>
    public static bool CanWriteBytesToStandardOutput(ParseResult parseResult) => ReferenceEquals(Out(parseResult), Console.Out);

    /// <summary>
    /// Runs <paramref name="write"/> into the file, or into standard output when there is no file: as UTF-8 text, or for
    /// <paramref name="binary"/> output as raw bytes (see <see cref="CanWriteBytesToStandardOutput"/>).
    /// </summary>
    public static async Task WriteAsync(ParseResult parseResult, string? outFile, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken, bool binary = false)
    {
        if (outFile is not null)
        {
            var fullPath = Path.GetFullPath(outFile);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await using var file = File.Create(fullPath);
            await write(file, cancellationToken);
            return;
        }

        if (binary)
        {
            // Bytes, not text: straight to the process's standard output (a TextWriter would re-encode them).
            await Out(parseResult).FlushAsync(cancellationToken);
            await using var stdout = Console.OpenStandardOutput();
            await write(stdout, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            return;
        }

        if (CanWriteBytesToStandardOutput(parseResult))
        {
            // The process's own standard output: UTF-8 bytes straight through, not copied into a string first.
            await Out(parseResult).FlushAsync(cancellationToken);
            await using var stdout = Console.OpenStandardOutput();
            var tracked = new TrailingNewlineStream(stdout);
            await using var buffered = new BufferedStream(tracked, 1 << 16);
            await write(buffered, cancellationToken);
            await buffered.FlushAsync(cancellationToken);
            if (tracked.NeedsNewline)
            {
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }

            await stdout.FlushAsync(cancellationToken);
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
