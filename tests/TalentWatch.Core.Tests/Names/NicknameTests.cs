using TalentWatch.Core.Names;
using TalentWatch.Core.People;

namespace TalentWatch.Core.Tests.Names;

public class NicknameTests
{
    [Theory]
    [InlineData("Yuhuai “Tony” Wu", "Yuhuai Wu")]
    [InlineData("Patrick (Pat) Gelsinger", "Patrick Gelsinger")]
    [InlineData("Andrew \"Boz\" Bosworth", "Andrew Bosworth")]
    [InlineData("Jonathan ‘Jony’ Ive", "Jonathan Ive")]
    [InlineData("Venkata 'Murthy' Renduchintala", "Venkata Renduchintala")]
    [InlineData("Tom ‘TAP' Petersen", "Tom Petersen")]
    [InlineData("Christopher “CJ\" Moore", "Christopher Moore")]
    public void A_nickname_inside_a_name_is_left_out(string name, string plain) => Assert.Equal(plain, Nickname.Without(name));

    [Theory]
    [InlineData("Sam Altman")]
    [InlineData("Liam O'Connor")]
    [InlineData("Anne-Marie (")]
    [InlineData("(Tony) Wu")]
    [InlineData("Yuhuai (a much longer remark than any nickname) Wu")]
    public void A_name_without_a_nickname_has_none(string name) => Assert.Null(Nickname.Without(name));

    [Fact]
    public void A_person_named_with_a_nickname_answers_to_both_forms()
    {
        var person = Person.Named("Yuhuai “Tony” Wu");

        Assert.Equal("Yuhuai “Tony” Wu", person.Name);
        Assert.Equal(["yuhuai tony wu", "yuhuai wu"], person.Aliases.Select(a => a.Key));
        Assert.Single(Person.Named("Liam O'Connor").Aliases);
    }

    [Fact]
    public void Generated_text_never_throws_and_only_ever_shortens_a_name()
    {
        var random = new Random(20261204);
        const string alphabet = "ab Z()\"“”‘’'.-\u00e9 \t";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (Nickname.Without(text) is { } plain)
            {
                Assert.True(plain.Length < text.Trim().Length, text);
            }
        }
    }
}
