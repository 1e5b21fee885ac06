package org.govsim.scenario;

/** Who and what a file may refer to: the people and investors of a seed world, or of a world at a fork point. */
interface Names {

    /** The person a reference names; an unknown one is an input error at the reference. */
    String person(Yaml ref);

    String investor(Yaml ref);

    /** The stockholder (or block of holders) a reference names; an unknown one is an input error at the reference. */
    String holder(Yaml ref);

    boolean isDirector(String person);

    boolean isPersonOrInvestor(String id);

    /** The source key of a block, or what stands in for one. */
    String sourceOf(Yaml block);
}
