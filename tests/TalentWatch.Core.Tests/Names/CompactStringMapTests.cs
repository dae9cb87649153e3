using CsCheck;
using TalentWatch.Core.Names;

namespace TalentWatch.Core.Tests.Names;

/// <summary>
/// The import's compact name map (decision P17) against <see cref="Dictionary{TKey, TValue}"/> with the ordinal comparer as
/// the oracle: generated sequences of adds, sets and look-ups must give the same answers and the same contents.
/// </summary>
public class CompactStringMapTests
{
    private const int Inputs = 2_000;

    /// <summary>Short keys over a small alphabet (so keys repeat and look-ups hit), with accents, other scripts and the empty key.</summary>
    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.String[Gen.Char["abc é"], 0, 4],
        Gen.String[Gen.Char["aåÅ\u0301ł日本\uD83D\uDE00"], 0, 3],
        Gen.String[Gen.Char, 0, 8],
        Gen.Const(string.Empty));

    private enum Operation
    {
        Set,
        TryAdd,
        Look,
    }

    private static readonly Gen<List<(Operation Operation, string Key, int Value)>> Operations =
        Gen.Select(Gen.Enum<Operation>(), Key, Gen.Int, (operation, key, value) => (operation, key, value)).List[0, 300];

    [Fact]
    public void Generated_operations_give_the_answers_a_dictionary_gives() =>
        Gen.Select(Operations, Gen.Int[0, 40], Gen.Bool, (operations, capacity, collide) => (operations, capacity, collide)).Sample(input =>
        {
            // Every key in one hash bucket when asked: each look-up then has to probe past the others.
            var map = input.collide ? new CompactStringMap(input.capacity, _ => 42) : new CompactStringMap(input.capacity);
            var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (operation, key, value) in input.operations)
            {
                switch (operation)
                {
                    case Operation.Set:
                        map.Set(key, value);
                        oracle[key] = value;
                        break;
                    case Operation.TryAdd:
                        Assert.Equal(oracle.TryAdd(key, value), map.TryAdd(key, value));
                        break;
                    default:
                        Assert.Equal(oracle.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
                        Assert.Equal(expected, actual);
                        Assert.Equal(oracle.ContainsKey(key), map.ContainsKey(key));
                        break;
                }

                Assert.Equal(oracle.Count, map.Count);
            }

            foreach (var (key, value) in oracle)
            {
                Assert.True(map.TryGetValue(key, out var stored));
                Assert.Equal(value, stored);
            }
        }, iter: Inputs);

    [Fact]
    public void Colliding_keys_are_told_apart_by_their_characters()
    {
        var map = new CompactStringMap(0, key => key.Length); // "ab" and "ba" collide, and so do "" and nothing else
        map.Set("ab", 1);
        map.Set("ba", 2);
        map.Set("a", 3);
        map.Set(string.Empty, 4);

        Assert.True(map.TryGetValue("ab", out var ab));
        Assert.True(map.TryGetValue("ba", out var ba));
        Assert.Equal((1, 2), (ab, ba));
        Assert.False(map.ContainsKey("aa"));
        Assert.False(map.ContainsKey("abc"));
        Assert.True(map.TryGetValue(string.Empty, out var empty));
        Assert.Equal(4, empty);
    }

    [Fact]
    public void The_empty_key_is_a_key_like_any_other()
    {
        var map = new CompactStringMap();
        Assert.False(map.ContainsKey(string.Empty));

        Assert.True(map.TryAdd(string.Empty, 7));
        Assert.False(map.TryAdd(string.Empty, 8));
        map.Set("x", 1);

        Assert.True(map.TryGetValue(string.Empty, out var value));
        Assert.Equal(7, value);
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Growing_far_past_the_first_capacity_keeps_every_key()
    {
        var map = new CompactStringMap(0);
        for (var i = 0; i < 200_000; i++)
        {
            map.Set($"person {i} ñ", i);
        }

        Assert.Equal(200_000, map.Count);
        for (var i = 0; i < 200_000; i += 997)
        {
            Assert.True(map.TryGetValue($"person {i} ñ", out var value));
            Assert.Equal(i, value);
        }

        Assert.False(map.ContainsKey("person 200000 ñ"));
        Assert.False(map.ContainsKey("person 1 n"));
    }

    [Theory]
    [InlineData("zenara labs", "zenára labs")]
    [InlineData("orzel", "orzeł")]
    [InlineData("a\u0301", "\u00e1")]
    [InlineData("日本", "日本 ")]
    public void Keys_are_compared_ordinally_character_by_character(string first, string second)
    {
        var map = new CompactStringMap();
        map.Set(first, 1);
        map.Set(second, 2);

        Assert.Equal(2, map.Count);
        Assert.True(map.TryGetValue(first, out var one));
        Assert.True(map.TryGetValue(second, out var two));
        Assert.Equal((1, 2), (one, two));
    }

    [Fact]
    public void A_key_is_found_from_a_slice_of_a_longer_text()
    {
        var map = new CompactStringMap();
        map.Set("labs", 3);

        Assert.True(map.TryGetValue("zenara labs".AsSpan(7), out var value));
        Assert.Equal(3, value);
    }
}
