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

    /// <summary>A new person with their name as an alias; a name with a nickname ("Yuhuai “Tony” Wu") also gets the name
    /// without it ("Yuhuai Wu"), so either spelling finds them. Callers check that neither key belongs to someone else.</summary>
    public static Person Named(string name)
    {
        var person = new Person
        {
            Name = name.Trim(),
            Slug = Names.Slug.For(name),
            Aliases = [new PersonAlias { Name = name.Trim(), Key = NameKey.For(name) }],
        };
        if (Nickname.Without(name) is { } plain && NameKey.For(plain) is var key && key != person.Aliases[0].Key)
        {
            person.Aliases.Add(new PersonAlias { Name = plain, Key = key });
        }

        return person;
    }
}

/// <summary>Another spelling of a person's name; <see cref="Key"/> is unique across all people.</summary>
public sealed class PersonAlias
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Name { get; set; }

    public required string Key { get; set; }
}
