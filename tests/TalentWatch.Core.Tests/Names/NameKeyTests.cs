using TalentWatch.Core.Names;

namespace TalentWatch.Core.Tests.Names;

public class NameKeyTests
{
    [Theory]
    [InlineData("Orzeł Robotics", "ORZEL robotics")]
    [InlineData("Zenára Labs", "zenara labs")]
    [InlineData("Thinking Machines Lab", "  thinking   MACHINES lab ")]
    [InlineData("Müller-Ström", "muller strom")]
    public void Case_accents_and_spacing_do_not_matter(string a, string b) => Assert.Equal(NameKey.For(a), NameKey.For(b));

    [Fact]
    public void Different_names_have_different_keys() => Assert.NotEqual(NameKey.For("Zenara Labs"), NameKey.For("Zenara AI"));

    [Theory]
    [InlineData("Thinking Machines Lab", "thinking-machines-lab")]
    [InlineData("Zenára  Labs!", "zenara-labs")]
    public void Slugs_follow_the_spec(string name, string slug) => Assert.Equal(slug, Slug.For(name));
}
