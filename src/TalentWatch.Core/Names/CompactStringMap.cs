namespace TalentWatch.Core.Names;

/// <summary>
/// A map from strings to ints, ordinal, for hundreds of thousands of short keys (the name keys of a large import, decision
/// P17). A <c>Dictionary&lt;string, int&gt;</c> costs a string object (about 22 bytes of header and length besides the
/// characters, rounded up to 8) and a 24-byte entry per key; here the keys' characters sit one after another in a single
/// buffer and each key costs two ints plus its slot in an open-addressing table, so the garbage collector sees a handful of
/// arrays instead of one object per key. Keys are never removed.
/// </summary>
public sealed class CompactStringMap
{
    private const int EmptySlot = 0;

    // Key i is characters[keyStarts[i]..keyStarts[i + 1]]: keys are appended, so the next key's start is this key's end.
    private char[] characters;
    private int[] keyStarts;
    private int[] values;

    // Open addressing with linear probing; a slot holds a key's index + 1 (0 is empty), its length is a power of two.
    private int[] slots;
    private int usedCharacters;

    // Tests give every key one hash to exercise the probing; null is the framework's ordinal string hash.
    private readonly KeyHash? keyHash;

    /// <summary>A hash of a key, for tests that need colliding keys.</summary>
    internal delegate int KeyHash(ReadOnlySpan<char> key);

    public CompactStringMap(int capacity = 16)
        : this(capacity, null)
    {
    }

    internal CompactStringMap(int capacity, KeyHash? keyHash)
    {
        this.keyHash = keyHash;
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        capacity = Math.Max(capacity, 4);
        characters = new char[capacity * 8];
        keyStarts = new int[capacity + 1];
        values = new int[capacity];
        slots = new int[SlotsFor(capacity)];
    }

    public int Count { get; private set; }

    public bool ContainsKey(ReadOnlySpan<char> key) => Find(key, Hash(key)) >= 0;

    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var index = Find(key, Hash(key));
        value = index >= 0 ? values[index] : 0;
        return index >= 0;
    }

    /// <summary>Adds the key with <paramref name="value"/>, or gives an existing key that value.</summary>
    public void Set(ReadOnlySpan<char> key, int value)
    {
        var hash = Hash(key);
        var index = Find(key, hash);
        if (index >= 0)
        {
            values[index] = value;
            return;
        }

        Append(key, hash, value);
    }

    /// <summary>Adds the key with <paramref name="value"/> when it is not there yet; false (and nothing changed) when it is.</summary>
    public bool TryAdd(ReadOnlySpan<char> key, int value)
    {
        var hash = Hash(key);
        if (Find(key, hash) >= 0)
        {
            return false;
        }

        Append(key, hash, value);
        return true;
    }

    private int Hash(ReadOnlySpan<char> key) => keyHash is null ? string.GetHashCode(key) : keyHash(key);

    private ReadOnlySpan<char> KeyAt(int index) => characters.AsSpan(keyStarts[index], keyStarts[index + 1] - keyStarts[index]);

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == EmptySlot)
            {
                return -1;
            }

            if (KeyAt(entry - 1).SequenceEqual(key))
            {
                return entry - 1;
            }
        }
    }

    private void Append(ReadOnlySpan<char> key, int hash, int value)
    {
        // Grown before the table is three quarters full, so a probe always reaches an empty slot.
        if ((Count + 1) * 4L > slots.Length * 3L)
        {
            Rehash(slots.Length * 2);
        }

        if (Count + 1 >= keyStarts.Length)
        {
            Array.Resize(ref keyStarts, keyStarts.Length * 2);
            Array.Resize(ref values, keyStarts.Length - 1);
        }

        if ((long)usedCharacters + key.Length > characters.Length)
        {
            var wanted = Math.Max((long)characters.Length * 2, (long)usedCharacters + key.Length);
            Array.Resize(ref characters, (int)Math.Min(wanted, Array.MaxLength));
            if (usedCharacters + key.Length > characters.Length)
            {
                throw new InvalidOperationException("The keys' characters exceed the largest array .NET allows.");
            }
        }

        var index = Count;
        key.CopyTo(characters.AsSpan(usedCharacters));
        usedCharacters += key.Length;
        keyStarts[index + 1] = usedCharacters;
        values[index] = value;
        Count++;
        Place(index, hash);
    }

    private void Place(int index, int hash)
    {
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] != EmptySlot)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = index + 1;
    }

    private void Rehash(int slotCount)
    {
        // The hashes are not stored (4 bytes a key saved); growing happens log(n) times and hashes each key again.
        slots = new int[slotCount];
        for (var index = 0; index < Count; index++)
        {
            Place(index, Hash(KeyAt(index)));
        }
    }

    private static int SlotsFor(int capacity)
    {
        var slotCount = 8;
        while (slotCount * 3L < capacity * 4L + 4)
        {
            slotCount *= 2;
        }

        return slotCount;
    }
}
