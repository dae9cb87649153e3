using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Feeds;

/// <summary>A departure as an Atom entry needs it: the row the pages show plus when it last changed.</summary>
public sealed record AtomEntry(DepartureRow Row, DateTimeOffset Updated, DateTimeOffset Published);

/// <summary>
/// Accepted departures for the Atom feeds out (SPEC "Atom feeds"): newest change first (a departure accepted today is
/// news even when it happened last year), at most <see cref="MaxEntries"/>, filtered like the explorer.
/// </summary>
public sealed class DepartureAtomQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<AtomEntry>> EntriesAsync(DepartureFilter filter, string? personSlug, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await DepartureQueries.ApplyAsync(db, filter with { Text = null }, cancellationToken);
        if (personSlug is not null)
        {
            query = query.Where(d => d.Person != null && d.Person.Slug == personSlug);
        }

        var newest = await query.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.UpdatedAt, d.CreatedAt })
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);
        var ids = newest.Select(n => n.Id).ToList();
        var rows = (await db.Departures.Where(d => ids.Contains(d.Id)).ToRowsAsync(db, cancellationToken)).ToDictionary(r => r.Id);
        return newest.Select(n => new AtomEntry(rows[n.Id], n.UpdatedAt, n.CreatedAt)).ToList();
    }

    public async Task<string?> CompanyNameAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.Where(c => c.Slug == slug).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<string?> PersonNameAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.People.Where(p => p.Slug == slug).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
    }
}

/// <summary>Writes an Atom 1.0 document (RFC 4287): feed id, title, updated, author, self and alternate links; entries with id, title, updated, link, summary, content.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">The site's absolute base (scheme, host, path base), no trailing slash.</param>
    /// <param name="selfPath">This feed's path and query.</param>
    /// <param name="htmlPath">The page the feed follows (explorer, company, person).</param>
    public static byte[] Write(string baseUrl, string selfPath, string htmlPath, string title, IReadOnlyList<AtomEntry> entries)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("subtitle", Atom, "Accepted departures from the TalentWatch record, each with its evidence.");
            // The path (not the host) identifies the feed, so a site moved behind another name keeps its readers' history.
            xml.WriteElementString("id", Atom, "urn:talentwatch:feed:" + selfPath);
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated)));
            Link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + htmlPath, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "TalentWatch");
            xml.WriteElementString("uri", Atom, baseUrl + "/");
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("TalentWatch");
            xml.WriteEndElement();

            foreach (var entry in entries)
            {
                WriteEntry(xml, baseUrl, entry);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>A strong ETag over the bytes: the same feed is a 304 for a reader that has it.</summary>
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";

    public static string EntryTitle(DepartureRow d) =>
        $"{d.PersonName ?? "Unnamed person"} left {d.Company}" + (d.Destination is null ? string.Empty : $" for {d.Destination}");

    private static void WriteEntry(XmlWriter xml, string baseUrl, AtomEntry entry)
    {
        var d = entry.Row;
        var page = $"{baseUrl}{DepartureLinks.PublicPage(d.Id)}";
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, $"urn:talentwatch:departure:{d.Id}");
        xml.WriteElementString("title", Atom, EntryTitle(d));
        xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
        xml.WriteElementString("published", Atom, Timestamp(entry.Published));
        Link(xml, "alternate", page, "text/html");
        if (d.Founder)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", "founder");
            xml.WriteEndElement();
        }

        var summary = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{d.PersonName ?? "An unnamed person"}")
            .Append(string.IsNullOrEmpty(d.Role) ? string.Empty : $" ({d.Role})")
            .Append(CultureInfo.InvariantCulture, $" left {d.Company}")
            .Append(d.Destination is null ? " for an unknown employer" : $" for {d.Destination}")
            .Append(CultureInfo.InvariantCulture, $"; date: {d.DateDisplay}.");
        var evidence = d.Sources.FirstOrDefault(s => !string.IsNullOrEmpty(s.Evidence))?.Evidence;
        if (evidence is not null)
        {
            summary.Append(CultureInfo.InvariantCulture, $" Evidence: “{evidence}”");
        }

        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(summary.ToString());
        xml.WriteEndElement();

        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(ContentHtml(baseUrl, d));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The entry's body for feed readers: the facts as a list, then each source's evidence and link. Every value is HTML-encoded.</summary>
    private static string ContentHtml(string baseUrl, DepartureRow d)
    {
        static string E(string? s) => System.Net.WebUtility.HtmlEncode(s ?? string.Empty);
        var html = new StringBuilder("<ul>");
        html.Append(CultureInfo.InvariantCulture, $"<li>Person: {E(d.PersonName ?? "unnamed")}</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>Company left: <a href=\"{E(baseUrl)}/companies/{E(d.CompanySlug)}\">{E(d.Company)}</a></li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>Destination: {(d.DestinationSlug is null ? "unknown" : $"<a href=\"{E(baseUrl)}/companies/{E(d.DestinationSlug)}\">{E(d.Destination)}</a>")}</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>Date: {E(d.DateDisplay)}</li>");
        if (!string.IsNullOrEmpty(d.Role))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Role: {E(d.Role)}</li>");
        }

        if (d.Founder)
        {
            html.Append("<li>Founder</li>");
        }

        html.Append("</ul>");
        foreach (var source in d.Sources)
        {
            html.Append("<blockquote>").Append(E(source.Evidence)).Append("</blockquote>");
            var link = Uri.TryCreate(source.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.ToString() : null;
            html.Append("<p>");
            if (source.ArticleId is { } articleId)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(baseUrl)}/articles/{articleId}\">{E(source.ArticleTitle ?? "Article")}</a>");
            }

            if (link is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $" · <a href=\"{E(link)}\">{E(source.Publication ?? u!.Host)}</a>");
            }

            html.Append("</p>");
        }

        return html.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Addresses of the feeds and the public departure page, one place for the pages, the endpoints and the tests.</summary>
public static class DepartureLinks
{
    public static string PublicPage(int id) => $"/departures/{id}/public";

    public static string AllFeed(DepartureFilter filter) => "/feeds/departures.atom" + (filter with { Text = null, Page = 1 }).ToQueryString();

    public static string CompanyFeed(string slug) => $"/companies/{Uri.EscapeDataString(slug)}/departures.atom";

    public static string PersonFeed(string slug) => $"/people/{Uri.EscapeDataString(slug)}/departures.atom";
}
