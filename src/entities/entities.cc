// The public face of the entity recogniser (include/tarikh/entities.h).
#include "tarikh/entities.h"

#include "entities/model.h"
#include "entities/scanner.h"

namespace tarikh {

const char* ActorTypeName(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return "person";
    case ActorType::kOrganization: return "org";
    case ActorType::kCountry: return "country";
    case ActorType::kPlace: return "place";
  }
  return "person";
}

struct EntityRecognizer::Impl {
  entities::Model model;
};

EntityRecognizer::EntityRecognizer(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

Result<EntityRecognizer> EntityRecognizer::Load(const std::string& data_dir,
                                                const std::vector<std::string>& user_lexicons,
                                                const std::string& dictionary_dir) {
  entities::LexiconData data;
  if (Status s = entities::LoadLexiconData(data_dir, user_lexicons, &data); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  if (Status s = entities::BuildModel(std::move(data), &impl->model); !s.ok()) return s;
  auto dictionary =
      entities::WordChecker::Load(dictionary_dir.empty() ? entities::kDefaultDictionaryDir : dictionary_dir);
  if (!dictionary.ok()) return dictionary.status();
  impl->model.dictionary = std::move(dictionary).value();
  return EntityRecognizer(std::move(impl));
}

EntityResult EntityRecognizer::Recognize(std::string_view original, const AnalyzedText& text,
                                         std::string_view doc_date) const {
  return entities::Scanner(impl_->model, original, text, doc_date).Run();
}

const Actor* EntityRecognizer::Find(std::string_view id) const {
  const entities::Entity* e = impl_->model.Find(id);
  return e == nullptr ? nullptr : &e->actor;
}

}  // namespace tarikh
