# resonance: the desktop application (included from app/CMakeLists.txt).
# rwb_gui holds the main window shell, the settings and the preferences dialog, so that
# tests/ui can drive the main window; the executable adds only main.cpp.
add_library(rwb_gui STATIC
    mainwindow.cpp mainwindow.h
    preferencesdialog.cpp preferencesdialog.h
    settings.cpp settings.h
    shortcutmanager.cpp shortcutmanager.h
)
target_include_directories(rwb_gui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(rwb_gui PUBLIC rwb_project_ui rwb_widgets Qt6::Widgets PRIVATE rwb_exchange rwb_exchange_view rwb_knowledge_view rwb_evaluation_view rwb_warnings)

add_executable(resonance main.cpp)
target_compile_definitions(resonance PRIVATE RWB_VERSION="${PROJECT_VERSION}")
target_link_libraries(resonance PRIVATE rwb_gui rwb_knowledge rwb_knowledge_view rwb_project_ui rwb_widgets rwb_image rwb_image_view
    rwb_timeseries rwb_timeseries_view rwb_document rwb_document_view rwb_evaluation rwb_evaluation_view
    Qt6::Widgets rwb_warnings
    # The .qm files under :/i18n (translations/ is configured after app/, hence the genex).
    $<TARGET_NAME_IF_EXISTS:rwb_translations>)
set_target_properties(resonance PROPERTIES WIN32_EXECUTABLE ON MACOSX_BUNDLE ON)
install(TARGETS resonance RUNTIME DESTINATION bin BUNDLE DESTINATION .)
