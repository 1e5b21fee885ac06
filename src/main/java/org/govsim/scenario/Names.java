package org.govsim.scenario;

/** Who and what a file may refer to: the people and investors of a seed world, or of a world at a fork point. */
interface Names {

    /** The person a reference names; an unknown one is an input error at the reference. */
    String person(Yaml ref);

    String investor(Yaml ref);

    /** The stockholder (or block of holders) a reference names; an unknown one is an input error at the reference. */
    String holder(Yaml ref);

    /** The class of stock a reference names; an unknown one is an input error at the reference. */
    String shareClass(Yaml ref);

    boolean isDirector(String person);

    boolean isPersonOrInvestor(String id);

    boolean isHolder(String id);

    /** Whether the run keeps the courts' stream, so that a suit can be filed (a company with stockholders). */
    boolean courtsOpen();

    /** Whether the run keeps an account of the company's cash (the seed's financing block). */
    boolean financingOpen();

    /** The ids of the sources of cash known so far, lost ones included. */
    java.util.Set<String> fundingSources();

    /** The source key of a block, or what stands in for one. */
    String sourceOf(Yaml block);
}
