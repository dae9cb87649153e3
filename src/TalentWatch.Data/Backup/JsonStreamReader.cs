using System.Text.Json;

namespace TalentWatch.Data.Backup;

/// <summary>
/// Pulls tokens and whole array elements from a JSON stream through a growing byte window, so a data file is read in one
/// pass without holding it in memory. <see cref="Utf8JsonReader"/> is a ref struct that cannot live across awaits, so every
/// call builds one over the window with the saved <see cref="JsonReaderState"/> and commits only what it fully read.
/// </summary>
internal sealed class JsonStreamReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool finalBlock;
    private JsonReaderState state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });

    /// <summary>Bytes of the stream consumed so far, for error messages.</summary>
    public long Position { get; private set; }

    /// <summary>The next token, with its string or number value; <see cref="JsonTokenType.None"/> at the end of the stream.</summary>
    public Token Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                var token = reader.TokenType switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => new Token(reader.TokenType, reader.GetString(), null),
                    JsonTokenType.Number => new Token(reader.TokenType, null, reader.TryGetInt64(out var n) ? n : null),
                    _ => new Token(reader.TokenType, null, null),
                };
                Commit(ref reader);
                return token;
            }

            if (finalBlock)
            {
                return new Token(JsonTokenType.None, null, null);
            }

            Fill();
        }
    }

    /// <summary>
    /// Inside an array: reads up to <paramref name="max"/> elements into <paramref name="into"/>; true once the array's end
    /// was read. Each element is deserialised only when all of its bytes are in the window (a copy of the reader skips it first).
    /// </summary>
    public bool ReadElements<T>(List<T> into, int max)
    {
        while (into.Count < max)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader);
                    return true;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonException($"expected an object in the array, found {reader.TokenType}");
                }

                var probe = reader;
                if (probe.TrySkip())
                {
                    into.Add(JsonSerializer.Deserialize<T>(ref reader, BackupFormat.Json)
                             ?? throw new JsonException("null row"));
                    Commit(ref reader);
                    continue;
                }
            }

            if (finalBlock)
            {
                throw new JsonException("the file ends inside an array");
            }

            Fill();
        }

        return false;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        Position += reader.BytesConsumed;
        state = reader.CurrentState;
    }

    /// <summary>Moves the unread bytes to the front, grows the window when one value does not fit it, and reads more.</summary>
    private void Fill()
    {
        var unread = end - start;
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, unread);
            start = 0;
            end = unread;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        finalBlock = read == 0;
    }

    public readonly record struct Token(JsonTokenType Type, string? Text, long? Number);
}
