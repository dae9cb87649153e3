using TalentWatch.Core.Names;

namespace TalentWatch.Core.People;

public sealed class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Optimistic concurrency token: raised by every editor change (see <c>Departure.Version</c>).</summary>
    public int Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];

    public static Person Named(string name) => new()
    {
        Name = name.Trim(),
        Slug = Names.Slug.For(name),
        Aliases = [new PersonAlias { Name = name.Trim(), Key = NameKey.For(name) }],
    };
}

/// <summary>Another spelling of a person's name; <see cref="Key"/> is unique across all people.</summary>
public sealed class PersonAlias
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Name { get; set; }

    public required string Key { get; set; }
}
