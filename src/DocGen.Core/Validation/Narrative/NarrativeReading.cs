namespace DocGen.Core.Validation.Narrative;

/// <summary>
/// How much of a report's narrative the check has read, and the most it may read: the characters
/// of the sentences it examined (those the cheap scan found a digit, negation or unit in). Past
/// <see cref="Limit"/> it stops and says so, so that a narrative of nothing but figures costs a
/// bounded amount of work however long the request limits let it be.
/// </summary>
public sealed class NarrativeReading(int limit = NarrativeReading.DefaultLimit)
{
    /// <summary>
    /// Over ten times the figure-stating sentences of the real reports read so far (1,000–1,500
    /// characters of their narratives; 2,300–3,700 of a whole published page, tables included):
    /// only text written to be checked, or an attack, reaches it.
    /// </summary>
    public const int DefaultLimit = 20_000;

    public static NarrativeReading Unbounded => new(int.MaxValue);

    public int Limit { get; } = limit;

    /// <summary>Characters of the sentences examined so far.</summary>
    public int CharactersRead { get; private set; }

    public int SentencesRead { get; private set; }

    /// <summary>Whether a sentence was left unread because the limit was reached; nothing after it was read either.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Counts a sentence of <paramref name="characters"/> as read; false (and stopped from then on) when it would pass the limit.</summary>
    internal bool TryRead(int characters)
    {
        if (Stopped || characters > Limit - CharactersRead)
        {
            Stopped = true;
            return false;
        }
        CharactersRead += characters;
        SentencesRead++;
        return true;
    }
}
