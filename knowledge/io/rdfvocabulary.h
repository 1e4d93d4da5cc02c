#pragma once

// The IRIs the knowledge graph is written with in RDF (Turtle, N-Triples, JSON-LD).
namespace rwb::knowledge::rdf {

inline constexpr char Rdf[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr char Rdfs[] = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr char Skos[] = "http://www.w3.org/2004/02/skos/core#";
inline constexpr char Prov[] = "http://www.w3.org/ns/prov#";
inline constexpr char Xsd[] = "http://www.w3.org/2001/XMLSchema#";
/// Node types (classes), relation types (properties) and the graph's own terms.
inline constexpr char Ontology[] = "https://resonance-workbench.org/ontology#";
/// Node and edge properties.
inline constexpr char Property[] = "https://resonance-workbench.org/property#";
/// Default base of the graph's nodes, edges and evidence.
inline constexpr char DefaultBase[] = "urn:rwb:graph:";

} // namespace rwb::knowledge::rdf
