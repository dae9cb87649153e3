using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// Blanks secret-looking values in logged query strings, URLs and connection strings (password=, token=, secret=, key=),
/// whatever logger wrote them: ASP.NET Core's "Request starting ..." line includes the query string at Information level,
/// and a misconfigured client could put a password there. Form bodies are never logged (no body logging is configured).
/// </summary>
public sealed partial class SecretRedaction : ILogEventEnricher
{
    public const string Redacted = "***";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && SecretValue().IsMatch(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Redact(text))));
            }
        }
    }

    public static string Redact(string text) => SecretValue().Replace(text, match => match.Groups["name"].Value + "=" + Redacted);

    [GeneratedRegex(@"(?<name>[A-Za-z_.\[\]]*(?:password|pwd|token|secret|apikey|api_key|key)[A-Za-z_.\[\]]*)=(?<value>[^&;\s""]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretValue();
}
