using System.Text;

namespace TalentWatch.Core.Names;

/// <summary>SPEC: lower-cased, accents removed, runs of other characters replaced by '-' ("Thinking Machines Lab" → thinking-machines-lab).</summary>
public static class Slug
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = NameKey.RemoveAccents(name).ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
