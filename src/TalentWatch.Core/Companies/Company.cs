using TalentWatch.Core.Names;

namespace TalentWatch.Core.Companies;

/// <summary>A startup or an employer. Both the company left and the destination of a departure are companies.</summary>
public sealed class Company
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public DateOnly? Founded { get; set; }

    public int? FoundingTeamSize { get; set; }

    /// <summary>Optimistic concurrency token: raised by every editor change (see <c>Departure.Version</c>).</summary>
    public int Version { get; set; }

    public List<CompanyAlias> Aliases { get; set; } = [];

    public List<HeadcountSnapshot> Headcounts { get; set; } = [];

    public static Company Named(string name) => new()
    {
        Name = name.Trim(),
        Slug = Names.Slug.For(name),
        Aliases = [new CompanyAlias { Name = name.Trim(), Key = NameKey.For(name) }],
    };
}

/// <summary>Another spelling of a company's name; <see cref="Key"/> is unique across all companies.</summary>
public sealed class CompanyAlias
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public required string Name { get; set; }

    public required string Key { get; set; }
}

public sealed class HeadcountSnapshot
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public DateOnly AsOf { get; set; }

    public int Headcount { get; set; }
}
