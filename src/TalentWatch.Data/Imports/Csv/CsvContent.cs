using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>The content check before parsing: SHA-256 of the bytes, and strict UTF-8 with the line of the first bad byte.</summary>
internal static class CsvContent
{
    /// <summary>The lower-case hex SHA-256, and the 1-based line of the first invalid UTF-8 sequence (null when the file is valid UTF-8).</summary>
    public static async Task<(string Hash, int? BadUtf8Line)> InspectAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var chars = ArrayPool<char>.Shared.Rent(81920);
        try
        {
            var line = 1;
            var carried = 0; // bytes of an incomplete sequence kept at the start of buffer
            int? badLine = null;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(carried, 65536), cancellationToken);
                hash.AppendData(buffer, carried, read);
                var available = carried + read;
                var final = read == 0;
                if (badLine is null && available > 0)
                {
                    var status = Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    line += buffer.AsSpan(0, consumed).Count((byte)'\n');
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        badLine = line;
                    }

                    carried = available - consumed;
                    if (badLine is null && carried > 0)
                    {
                        buffer.AsSpan(consumed, carried).CopyTo(buffer);
                    }
                    else
                    {
                        carried = 0;
                    }
                }
                else
                {
                    carried = 0;
                }

                if (final)
                {
                    break;
                }
            }

            return (Convert.ToHexStringLower(hash.GetHashAndReset()), badLine);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
